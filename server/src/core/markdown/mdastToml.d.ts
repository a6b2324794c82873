import type { Literal } from 'mdast';

// mdast-util-frontmatter makes `toml` nodes for `+++` front matter; @types/mdast only declares `yaml`.
declare module 'mdast' {
  interface Toml extends Literal {
    type: 'toml';
  }
  interface FrontmatterContentMap {
    toml: Toml;
  }
  interface RootContentMap {
    toml: Toml;
  }
}
