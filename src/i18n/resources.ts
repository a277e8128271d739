/** UI strings in both languages; data names come from data/ (name_zh / name_en). */
export { en } from './en';
export { type Resources, zh } from './zh';
