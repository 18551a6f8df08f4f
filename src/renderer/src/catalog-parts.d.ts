// A catalog with only one part's keys (`…json?part=breakUi`), or all the others (`…json?rest=breakUi`):
// build-plugins/catalog-parts.ts, src/shared/i18n/catalog-parts.ts.
declare module '*=breakUi' {
  const words: Record<string, unknown>
  export default words
}

declare module '*=breakContent' {
  const words: Record<string, unknown>
  export default words
}
