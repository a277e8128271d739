/** Typed UI strings: a key that zh.ts does not have fails the typecheck. */
import 'i18next';
import type { Resources } from './zh';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Resources };
  }
}
