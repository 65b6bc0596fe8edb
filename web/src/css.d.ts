// Stylesheets imported as text (esbuild's text loader): the custom element adopts them as
// constructable sheets, which no host's style-src policy blocks.
declare module '*.css' {
  const text: string;
  export default text;
}
