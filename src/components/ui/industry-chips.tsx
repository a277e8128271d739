import { nameIn } from '@/i18n/lang';
import type { CatalogIndex } from '@/lib/data/catalog-index';
import { useAppStore } from '@/store/app-store';

/** Industries as coloured chips, in the current language (ids the catalog lacks show as ids). */
export function IndustryChips({ ids, index }: { ids: string[]; index: CatalogIndex }) {
  const lang = useAppStore((s) => s.lang);
  return (
    <ul className="chips">
      {ids.map((id) => {
        const i = index.industry(id);
        return (
          <li key={id}>
            <span className="swatch" style={{ background: i?.color }} aria-hidden="true" />
            {i ? nameIn(lang, i) : id}
          </li>
        );
      })}
    </ul>
  );
}
