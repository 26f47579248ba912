// textlint-plugin-mdx ships JavaScript only.
declare module 'textlint-plugin-mdx' {
  import type { TextlintPluginCreator } from '@textlint/types';
  const plugin: TextlintPluginCreator;
  export default plugin;
}
