import type { DemoCalendar } from './calendar';
import type { MemberSpec, NetworkSpec } from './networks';
import { sudEstMeetingDays } from './sudEstMeetings';

const municipalMembers: MemberSpec[] = [
  { organization: 'sanDonato', role: 'partner' },
  { organization: 'sanGiuliano', role: 'partner' },
  { organization: 'peschiera', role: 'partner' },
  { organization: 'pioltello', role: 'partner' },
  { organization: 'melegnano', role: 'aderente' },
  { organization: 'mediglia', role: 'aderente' },
  { organization: 'pantigliate', role: 'aderente' },
  { organization: 'paullo', role: 'aderente' },
  { organization: 'rodano', role: 'aderente' },
  { organization: 'vizzolo', role: 'aderente' },
  { organization: 'carpiano', role: 'aderente' },
  { organization: 'cerro', role: 'aderente' },
];

/** The cabina di regia of the Patto Territoriale per il Lavoro Sud-Est Milano. */
export function sudEstNetworkSpec(calendar: DemoCalendar): NetworkSpec {
  const year = calendar.programmeYear;
  return {
    name: 'Cabina di regia – Patto Territoriale per il Lavoro Sud-Est Milano',
    territory: 'Sud-Est Milano',
    programme: `Patto Territoriale per il Lavoro Sud-Est Milano – programma ${year}`,
    periodFrom: calendar.ofProgrammeYear(1, 1),
    periodTo: calendar.ofProgrammeYear(12, 31),
    coordinator: 'afol',
    description:
      'Il Patto, promosso dal Comune di Segrate con i Comuni del Sud-Est milanese e sostenuto da ' +
      'Ministero del Lavoro, Regione Lombardia e Città metropolitana di Milano, mette in rete le ' +
      'esigenze di sviluppo e occupazionali del territorio. La cabina di regia, affidata ad AFOL ' +
      'Metropolitana, coordina gli obiettivi, definisce le linee guida, monitora gli sviluppi e ' +
      'valuta i risultati; lo Sportello Lavoro Sud Est Milano fa incontrare le offerte di lavoro ' +
      'e le esigenze occupazionali di cittadini e imprese.',
    members: [
      { organization: 'afol', role: 'coordinamento' },
      { organization: 'segrate', role: 'capofila' },
      ...municipalMembers,
      { organization: 'milano', role: 'aderente' },
      { organization: 'cittaMetropolitana', role: 'partner' },
      { organization: 'regione', role: 'partner' },
      { organization: 'ministero', role: 'osservatore' },
      { organization: 'cgil', role: 'partner' },
      { organization: 'cisl', role: 'partner' },
      { organization: 'uil', role: 'partner' },
      { organization: 'assolombarda', role: 'partner' },
      // Joined at the first meeting of the year (see "Adesione di nuovi enti alla rete").
      {
        organization: 'confcommercio',
        role: 'aderente',
        from: calendar.workingDay(sudEstMeetingDays.insediamento),
      },
      { organization: 'formazioneSudEst', role: 'partner' },
      { organization: 'competenzeMartesana', role: 'partner' },
      { organization: 'lambroLavoro', role: 'partner' },
      { organization: 'cfp', role: 'aderente' },
      { organization: 'coopLavoroInsieme', role: 'partner' },
      { organization: 'coopFiloLambro', role: 'partner' },
      { organization: 'coopTessere', role: 'aderente' },
      { organization: 'asst', role: 'partner' },
      { organization: 'odvSentiero', role: 'aderente' },
    ],
  };
}
