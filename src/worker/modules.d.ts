/** wrangler bundles `*.gz` as a Data module (wrangler.toml `rules`): its default export is the bytes. */
declare module '*.gz' {
  const bytes: ArrayBuffer;
  export default bytes;
}
