// The virtual table moved to the kit; the exchange's review tables still import it from here.
export { VirtualTable, type VirtualRowProps } from '../../ui/virtualTable/VirtualTable';
