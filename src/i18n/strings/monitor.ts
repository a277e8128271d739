/**
 * The monitoring view's strings (监测评价), under `monitor.*`. Not in the first JS:
 * features/monitoring/monitor-strings.ts adds them when the monitoring page loads.
 */
export const monitorZh = {
  title: '监测评价',
};

export const monitorEn: typeof monitorZh = {
  title: 'Monitoring',
};
