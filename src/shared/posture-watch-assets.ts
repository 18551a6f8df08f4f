/**
 * Where the posture watch's model weights and WebAssembly files sit in the built renderer. The
 * build copies them there from the npm packages (build-plugins/posture-watch-assets.ts) and the
 * camera page loads them from its own origin: nothing is fetched from a CDN at run time.
 */
export const postureWatchAssets = {
  modelDir: 'posture-watch/models',
  wasmDir: 'posture-watch/wasm',
  /** BlazeFace (short range): the face box gives head height and face size. */
  faceModel: 'blazeface.json',
  /** MoveNet Lightning: the shoulder points give the shoulder line. */
  bodyModel: 'movenet-lightning.json'
} as const
