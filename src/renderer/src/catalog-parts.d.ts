// A catalog with only one part's top-level keys, or all the others (build-plugins/catalog-parts.ts,
// src/shared/i18n/catalog-parts.ts).
declare module '*.json?part=breakUi' {
  const part: Record<string, unknown>
  export default part
}

declare module '*.json?rest=breakUi' {
  const rest: Record<string, unknown>
  export default rest
}

declare module '*.json?part=breakContent' {
  const part: Record<string, unknown>
  export default part
}

declare module '*.json?rest=breakContent' {
  const rest: Record<string, unknown>
  export default rest
}
