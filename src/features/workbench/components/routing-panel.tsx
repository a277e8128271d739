import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ensureRouteStrings } from '../route-strings';
import { useEvidenceIndex } from '@/components/data/use-evidence-index';
import type { GeoData } from '@/lib/data/use-geo-data';
import { useAppStore } from '@/store/app-store';
import { rankProject } from '../model/routing';
import { RoutingForm } from './routing-form';
import { RoutingResults } from './routing-results';
import '../workbench.css';

/** 项目流转: a project form, and every park checked against the plan's rules with the numbers. */
export function RoutingPanel({ data }: { data: GeoData }) {
  const { i18n } = useTranslation();
  ensureRouteStrings(i18n);
  const project = useAppStore((s) => s.project);
  const weights = useAppStore((s) => s.weights);
  const ix = useEvidenceIndex(data);
  const ranks = useMemo(
    () => (project ? rankProject(project, ix, data.catalog.rules, weights) : []),
    [project, ix, data, weights],
  );
  return (
    <div className="workbench" data-testid="routing-panel">
      <RoutingForm data={data} />
      {project ? <RoutingResults project={project} ranks={ranks} data={data} evidenceIndex={ix} /> : null}
    </div>
  );
}
