// tsconfig's `paths` maps eld's 'extrasmall' entry to its file (the package exports it to `import` only, which
// CommonJS run by tsx cannot resolve); its types are the package's own.
declare module 'eld/extrasmall' {
  export { eld } from 'eld';
}
