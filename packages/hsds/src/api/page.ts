/** The HSDS page wrapper (openapi.json, components.schemas.Page) around a page of `contents`. */
export interface Page<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

export function toPage<T>(
  contents: T[],
  totalItems: number,
  pageNumber: number,
  perPage: number,
): Page<T> {
  const totalPages = Math.ceil(totalItems / perPage);
  return {
    total_items: totalItems,
    total_pages: totalPages,
    page_number: pageNumber,
    size: contents.length,
    first_page: pageNumber === 1,
    last_page: pageNumber >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

/**
 * `format=ndjson` asks for every result, unpaginated, one JSON object per line. The list
 * functions return this instead of a page; the HTTP layer streams it page by page, so a large
 * directory is never held in memory at once.
 */
export interface NdjsonResult {
  kind: "ndjson";
  pages: () => AsyncGenerator<unknown[]>;
}

export const NDJSON_PAGE_SIZE = 100;

/** Walks a paged list function from page 1 to the last page. */
export function ndjsonOf(fetchPage: (page: number) => Promise<Page<unknown>>): NdjsonResult {
  return {
    kind: "ndjson",
    async *pages() {
      for (let page = 1; ; page++) {
        const result = await fetchPage(page);
        yield result.contents;
        if (result.last_page || result.empty) return;
      }
    },
  };
}

export const offsetOf = (page: number, perPage: number) => (page - 1) * perPage;
