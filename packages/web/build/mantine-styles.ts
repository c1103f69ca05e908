/**
 * Mantine's styles travel with its components. @mantine/core's ESM build gives each component a class-name module
 * (`components/Button/Button.module.mjs`), and ships that component's style sheet as `styles/Button.layer.css`
 * (Mantine's documented per-component import, the name always the same). This plugin adds the style sheet's import
 * to the class-name module, so the build puts each component's CSS in the chunk that holds the component: the
 * layout's components in the style sheet every page links, a page's own components in that page's chunk, loaded
 * when it opens. Nobody lists components by hand, and a component never renders before its styles.
 *
 * The `.layer.css` files put Mantine in `@layer mantine`, so the app's own CSS wins whatever order chunks arrive in.
 * A few lines of a Vite plugin; no maintained package does this for Mantine 9.
 */
import type { Plugin } from 'vite';

const classNameModule = /[\\/]@mantine[\\/]core[\\/]esm[\\/]components[\\/].*[\\/]([A-Za-z]+)\.module\.mjs$/;

export function mantineStylesPerComponent(): Plugin {
  return {
    name: 'skillcall:mantine-styles-per-component',
    transform(code, id) {
      const name = classNameModule.exec(id)?.[1];
      return name ? { code: `import '@mantine/core/styles/${name}.layer.css';\n${code}`, map: null } : null;
    },
  };
}
