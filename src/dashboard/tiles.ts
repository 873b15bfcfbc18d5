/**
 * Where each county's tile goes on the schematic map of its province: a grid
 * placed roughly as the counties lie (north at the top, west on the left). No
 * map tiles can be fetched on a government network, and a grid of equal tiles
 * keeps a small county as readable as a large one.
 */
const PLACES: Record<string, { row: number; column: number }> = {
  "zanjan.tarom": { row: 1, column: 3 },
  "zanjan.mahneshan": { row: 1, column: 1 },
  "zanjan.zanjan": { row: 1, column: 2 },
  "zanjan.ijrud": { row: 2, column: 1 },
  "zanjan.soltaniyeh": { row: 2, column: 2 },
  "zanjan.abhar": { row: 2, column: 3 },
  "zanjan.khorramdarreh": { row: 2, column: 4 },
  "zanjan.khodabandeh": { row: 3, column: 2 },
};

/** The grid's size in the stylesheet (.tile-r1 … .tile-c6). */
export const TILE_GRID = { rows: 6, columns: 6 } as const;

/**
 * Each county's place in order: a county with a known place gets it; others
 * (a province added later) fill the grid row by row after the placed ones.
 */
export function tilePlaces(codes: readonly string[]): { row: number; column: number }[] {
  const placed = codes.map((code) => PLACES[code]);
  const taken = new Set(placed.filter((p) => p !== undefined).map((p) => `${p.row}:${p.column}`));
  let next = 0;
  return placed.map((place) => {
    if (place) return place;
    for (;;) {
      const candidate = { row: Math.floor(next / TILE_GRID.columns) + 1, column: (next % TILE_GRID.columns) + 1 };
      next++;
      if (!taken.has(`${candidate.row}:${candidate.column}`)) {
        taken.add(`${candidate.row}:${candidate.column}`);
        return candidate;
      }
    }
  });
}

/** A value's shade on the map, 0 (none) to 4 (the highest value shown). */
export function shade(value: number, highest: number): number {
  if (value <= 0 || highest <= 0) return 0;
  return Math.max(1, Math.ceil((4 * value) / highest));
}
