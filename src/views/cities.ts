/**
 * The cities view: the work of all three cities together, then each city's other work, so
 * that no list repeats another (an entry of two cities is under both of them).
 */
import type { EntryView, Kb } from '../kb/model';
import { CITIES, type City } from '../kb/schemas/vocab';

export interface CityGroup {
  id: string;
  label: string;
  /** Every entry of the city, the three-city ones included (for the count). */
  all: number;
  entries: EntryView[];
}

export function cityGroups(kb: Kb): CityGroup[] {
  const cities = Object.keys(CITIES) as City[];
  const isAllThree = (e: EntryView) => cities.every((c) => e.cities.includes(c));
  const allThree = kb.entries.filter(isAllThree);
  return [
    { id: 'three-cities', label: `三市共同（${cities.map((c) => CITIES[c]).join('、')}）`, all: allThree.length, entries: allThree },
    ...cities.map((c) => {
      const of = kb.entries.filter((e) => e.cities.includes(c));
      return { id: c, label: `${CITIES[c]}（三市共同之外）`, all: of.length, entries: of.filter((e) => !isAllThree(e)) };
    }),
  ];
}
