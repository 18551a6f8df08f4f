import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const picture = join(import.meta.dirname, '../../fixtures/posture-watch/astronaut.jpg')

export interface FakeCameraClips {
  /** The person framed as at a desk: head in the upper half, shoulders in view. */
  upright: string
  /** The same person 80 px lower and 25 % closer: a slouch towards the screen. */
  slouching: string
}

/** One second of 640×480 video at 10 fps, the picture scaled to `size` and placed at (x, y); Chromium loops it. */
function makeClip(target: string, size: number, x: number, y: number): void {
  execFileSync(
    'ffmpeg',
    [
      '-loglevel', 'error', '-y',
      '-f', 'lavfi', '-i', 'color=c=0x808080:s=640x480:r=10',
      '-i', picture,
      '-filter_complex', `[1]scale=${size}:${size}[person];[0][person]overlay=${x}:${y}`,
      '-t', '1',
      // yuv420p in a .y4m file gives the "C420jpeg" header Chromium's fake camera reads.
      '-pix_fmt', 'yuv420p',
      target
    ],
    { stdio: 'pipe' }
  )
}

/** Makes the clips with Debian's ffmpeg (installed by .ci/run); a clear error if it is missing. */
export function makeFakeCameraClips(): FakeCameraClips {
  try {
    execFileSync('ffmpeg', ['-version'], { stdio: 'ignore' })
  } catch {
    throw new Error('ffmpeg is needed to make the fake camera clips: apt-get install ffmpeg')
  }
  const dir = mkdtempSync(join(tmpdir(), 'upright-camera-'))
  const clips = { upright: join(dir, 'upright.y4m'), slouching: join(dir, 'slouching.y4m') }
  makeClip(clips.upright, 320, 160, 110)
  makeClip(clips.slouching, 400, 120, 200)
  return clips
}
