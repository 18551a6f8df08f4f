#!/usr/bin/env bash
# Regenerates resources/ from the SVG sources in resources/src (needs librsvg2-bin,
# imagemagick and icnsutils). The outputs are committed, so building never needs these tools.
set -euo pipefail
cd "$(dirname "$0")/../resources"
mkdir -p icons tray
for size in 16 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" src/app-icon.svg -o "icons/${size}x${size}.png"
done
convert icons/16x16.png icons/32x32.png icons/48x48.png icons/64x64.png icons/128x128.png icons/256x256.png icon.ico
png2icns icon.icns icons/16x16.png icons/32x32.png icons/128x128.png icons/256x256.png icons/512x512.png icons/1024x1024.png >/dev/null
cp icons/512x512.png icon.png

# Tray: macOS template images (black + alpha, the OS tints them), and coloured ones for
# light and dark panels elsewhere; each at 1x (16 px) and 2x (32 px).
render() { # name svg colour accent
  local svg
  svg=$(sed -e "s/COLOR/$3/g" -e "s/ACCENT/$4/g" "src/$2")
  echo "$svg" | rsvg-convert -w 16 -h 16 -o "tray/$1.png"
  echo "$svg" | rsvg-convert -w 32 -h 32 -o "tray/$1@2x.png"
}
# macOS only treats a file as a template when its name ends in "Template".
render trayTemplate tray.svg "#000000" "#000000"
render trayAttentionTemplate tray-attention.svg "#000000" "#000000"
render trayPausedTemplate tray-paused.svg "#000000" "#000000"
for state in normal attention paused; do
  svg="tray.svg"; [ "$state" = attention ] && svg="tray-attention.svg"; [ "$state" = paused ] && svg="tray-paused.svg"
  render "tray-light-$state" "$svg" "#1c2321" "#d9480f"
  render "tray-dark-$state" "$svg" "#f1f5f3" "#ff922b"
done
