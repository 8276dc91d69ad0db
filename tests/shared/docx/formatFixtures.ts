// A custom format for tests: five columns as the City of York's tracker has them (Ref, Date, Recommendation, Action taken, Complete/Ongoing/Paused).
import { APPENDIX_FORMAT, type ExportFormat } from '../../../shared/index';

export const YORK: ExportFormat = {
  ...APPENDIX_FORMAT,
  name: 'York-like',
  title: 'Scrutiny recommendations tracker: {committee}',
  showPeriod: false,
  grouping: 'rows',
  columns: [
    { field: 'label', heading: 'Ref', width: 6 },
    { field: 'meeting', heading: 'Date', width: 14 },
    { field: 'text', heading: 'Recommendation', width: 40 },
    { field: 'action', heading: 'Action taken', width: 26 },
    { field: 'status', heading: 'Complete/Ongoing/Paused', width: 14 },
  ],
  statusLabels: { open: '', 'in-progress': 'Ongoing', completed: 'Complete' },
};
