import { useTranslation } from 'react-i18next';
import type { GroupSection as Group, ParkLike } from '../model/view-model';
import { TargetCard } from './target-card';

/** One of the plan's five groups of targets (经济规模 …): its heading and its targets as cards. */
export function GroupSection({
  group,
  park,
  parkName,
}: {
  group: Group;
  park: ParkLike | null;
  parkName: (id: string) => string;
}) {
  const { t } = useTranslation();
  const id = `mon-g-${group.group}`;
  return (
    <section className="mon-group" aria-labelledby={id} data-testid={`group-${group.group}`}>
      <h3 id={id}>{t(`monitor.groups.${group.group}`)}</h3>
      <ul className="mon-cards">
        {group.cards.map((c) => (
          <TargetCard key={c.target.id} card={c} park={park} parkName={parkName} />
        ))}
      </ul>
    </section>
  );
}
