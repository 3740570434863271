/** The Regia fields a column of any spreadsheet can be mapped to, for organizations and contacts. */
export const tableFields = [
  'organizationName',
  'organizationType',
  'taxCode',
  'vatNumber',
  'comune',
  'provincia',
  'address',
  'organizationEmail',
  'pec',
  'organizationPhone',
  'website',
  'notes',
  'memberSince',
  'membershipRole',
  'contactFirstName',
  'contactLastName',
  'contactFullName',
  'contactRole',
  'contactEmail',
  'contactPhone',
] as const;
export type TableField = (typeof tableFields)[number];

/** Lower case, no accents, words separated by single spaces: how headers are compared. */
export function foldHeader(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// Headers people write, Italian and English; folded before comparing.
const aliases: Record<TableField, readonly string[]> = {
  organizationName: [
    'ragione sociale',
    'denominazione',
    'ente',
    'nome ente',
    'organizzazione',
    'soggetto',
    'partner',
    'organization',
    'organisation',
    'company',
    'company name',
    'organization name',
  ],
  organizationType: [
    'tipo',
    'tipologia',
    'tipo ente',
    'natura giuridica',
    'type',
    'organization type',
    'category',
    'categoria',
  ],
  taxCode: ['codice fiscale', 'cf', 'c f', 'cod fiscale', 'tax code', 'fiscal code'],
  vatNumber: ['partita iva', 'p iva', 'piva', 'p i', 'vat', 'vat number', 'vat no'],
  comune: ['comune', 'citta', 'localita', 'sede comune', 'city', 'town', 'municipality'],
  provincia: ['provincia', 'prov', 'sigla provincia', 'province'],
  address: ['indirizzo', 'via', 'sede', 'sede legale', 'address', 'street'],
  organizationEmail: [
    'email',
    'e mail',
    'mail',
    'posta elettronica',
    'email ente',
    'indirizzo email',
  ],
  pec: [
    'pec',
    'posta certificata',
    'posta elettronica certificata',
    'email pec',
    'certified email',
  ],
  organizationPhone: ['telefono', 'tel', 'telefono ente', 'phone', 'telephone'],
  website: ['sito', 'sito web', 'sito internet', 'web', 'website', 'url'],
  notes: ['note', 'annotazioni', 'notes', 'comments'],
  memberSince: [
    'data adesione',
    'adesione',
    'aderente dal',
    'membro dal',
    'in rete dal',
    'dal',
    'member since',
    'joined',
    'since',
  ],
  membershipRole: [
    'ruolo nella rete',
    'ruolo in rete',
    'ruolo rete',
    'ruolo nella cabina di regia',
    'network role',
    'membership role',
    'role in the network',
  ],
  contactFirstName: [
    'nome referente',
    'nome del referente',
    'first name',
    'given name',
    'firstname',
  ],
  contactLastName: [
    'cognome',
    'cognome referente',
    'cognome del referente',
    'last name',
    'surname',
    'family name',
    'lastname',
  ],
  contactFullName: [
    'referente',
    'nominativo',
    'nome e cognome',
    'persona di contatto',
    'contact',
    'contact person',
    'full name',
  ],
  contactRole: [
    'ruolo',
    'qualifica',
    'incarico',
    'ruolo referente',
    'role',
    'position',
    'job title',
    'title',
  ],
  contactEmail: [
    'email referente',
    'mail referente',
    'e mail referente',
    'contact email',
    'email del referente',
  ],
  contactPhone: [
    'telefono referente',
    'cellulare',
    'cellulare referente',
    'mobile',
    'contact phone',
  ],
};

/**
 * The field each column most likely holds, from its header alone: Italian and English names,
 * any case, accents or extra spaces. "Nome" is the contact's first name when there is a
 * "Cognome" column, else the organization's name. Each field goes to its first column only.
 */
export function suggestMapping(headers: readonly string[]): (TableField | null)[] {
  const folded = headers.map(foldHeader);
  const hasSurname = folded.some((header) => aliases.contactLastName.includes(header));
  const taken = new Set<TableField>();
  return folded.map((header) => {
    const field: TableField | null =
      header === 'nome' || header === 'name'
        ? hasSurname
          ? 'contactFirstName'
          : 'organizationName'
        : (tableFields.find((candidate) => aliases[candidate].includes(header)) ?? null);
    if (field === null || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}
