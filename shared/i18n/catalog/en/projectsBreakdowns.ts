import type { projectsBreakdownsIt } from '../projectsBreakdowns';

/** The English messages of the beneficiary breakdowns. */
export const projectsBreakdownsEn: Record<keyof typeof projectsBreakdownsIt, string> = {
  'projects.breakdown.title': 'Beneficiary breakdowns',
  'projects.breakdown.dimensions': 'Breakdowns',
  'projects.breakdown.dimensionsHint':
    'Each value can then say how many people fall in each category',
  'projects.breakdown.dimension': 'Breakdown',
  'projects.breakdown.category': 'Category',
  'projects.breakdown.dimension.disability': 'Type of disability',
  'projects.breakdown.dimension.gender': 'Gender',
  'projects.breakdown.dimension.ageBand': 'Age band',
  'projects.breakdown.dimension.law68': 'L. 68/99 enrolment',
  'projects.breakdown.disability.physical': 'Physical',
  'projects.breakdown.disability.psychic': 'Psychic',
  'projects.breakdown.disability.intellectual': 'Intellectual',
  'projects.breakdown.disability.sensory': 'Sensory',
  'projects.breakdown.disability.multiple': 'Multiple',
  'projects.breakdown.gender.women': 'Women',
  'projects.breakdown.gender.men': 'Men',
  'projects.breakdown.ageBand.under25': 'Under 25',
  'projects.breakdown.ageBand.from25to34': '25–34',
  'projects.breakdown.ageBand.from35to49': '35–49',
  'projects.breakdown.ageBand.from50': '50 and over',
  'projects.breakdown.law68.article1': 'Enrolled, art. 1 (disabled)',
  'projects.breakdown.law68.article18': 'Enrolled, art. 18 (protected categories)',
  'projects.breakdown.law68.notEnrolled': 'Not enrolled',
  'projects.breakdown.notStated': 'Not stated',
  'projects.breakdown.exceeds':
    '{dimension}: the parts add up to {parts}, more than the value ({value})',
  'projects.breakdown.none': 'No breakdown',
  'projects.breakdown.reportTitle': 'Beneficiaries by characteristic',
};
