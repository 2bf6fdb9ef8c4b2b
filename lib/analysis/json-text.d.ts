// A JSON asset imported as its text (`./x.json?raw`, a Vite feature): parsed when first needed rather
// than when the bundle loads.
declare module '*.json?raw' {
  const text: string;
  export default text;
}
