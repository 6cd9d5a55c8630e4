/**
 * Presenting one person
 *
 * Turns a directory person into what an output may show: the keyed pseudonym by default; the name,
 * position and identifiers only when identified. A department is kept only when it has at least
 * minGroupSize people, so a small unit cannot single someone out (generalization).
 */
import type { Person } from '../store/index.js';
import type { Directory, PresentedPerson } from './types.js';

export interface PersonPresenterDeps {
  readonly pseudonym: (personId: string) => string;
  readonly minGroupSize: number;
}

/** Presents `person` for a pseudonymous or an identified output. */
export function presentPersonWith(
  deps: PersonPresenterDeps,
  person: Person,
  options: { identified: boolean; directory?: Directory | undefined },
): PresentedPerson {
  const pseudonym = deps.pseudonym(person.id);
  if (options.identified) {
    return {
      id: person.id,
      pseudonym,
      label: person.name,
      ...(person.department ? { department: person.department } : {}),
      ...(person.position ? { position: person.position } : {}),
      identifiers: options.directory?.identifiers.get(person.id) ?? [],
    };
  }
  const deptSize = person.department ? (options.directory?.departmentSizes.get(person.department) ?? 0) : 0;
  const showDept = person.department !== undefined && deptSize >= deps.minGroupSize;
  return {
    id: pseudonym,
    pseudonym,
    label: pseudonym,
    ...(showDept ? { department: person.department } : {}),
  };
}
