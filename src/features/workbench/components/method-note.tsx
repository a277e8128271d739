import { useTranslation } from 'react-i18next';
import { ensureGisStrings } from '../gis-strings';

export type MeasureMethod = 'area' | 'length' | 'distance';

/**
 * How the figures next to it were measured, in words (a small visible note, the full sentence as its
 * title): ellipsoidal area, geodesic length, geodesic distance from the site's edge.
 */
export function MethodNote({
  methods,
  testId = 'method-note',
}: {
  methods: MeasureMethod[];
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  ensureGisStrings(i18n);
  if (methods.length === 0) return null;
  return (
    <p
      className="muted method-note"
      data-testid={testId}
      title={methods.map((m) => t(`gis.measure.methodTitle.${m}`)).join('\n')}
    >
      {methods.map((m) => t(`gis.measure.method.${m}`)).join(t('gis.measure.sep'))}
    </p>
  );
}
