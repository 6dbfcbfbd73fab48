export interface PublishedResponse {
  id: string;
  title: string;
  body: string;
  month: string;
}

export interface ResponsesResult {
  responses: PublishedResponse[];
  /** True when the network failed and these came from the copy kept on this phone. */
  fromPhone: boolean;
}

const CACHE_KEY = 'your-say:you-said-we-did';

function readCache(): PublishedResponse[] | undefined {
  try {
    const raw = localStorage.getItem(CACHE_KEY);
    return raw ? (JSON.parse(raw) as PublishedResponse[]) : undefined;
  } catch {
    return undefined;
  }
}

function isResponseList(value: unknown): value is { responses: PublishedResponse[] } {
  const list = (value as { responses?: unknown } | null)?.responses;
  return Array.isArray(list) && list.every((r) => r && typeof r.title === 'string' && typeof r.body === 'string');
}

/** The council's published answers: fresh when online, the last copy kept on the phone when not. */
export async function loadResponses(fetchImpl: typeof fetch = fetch): Promise<ResponsesResult> {
  try {
    const response = await fetchImpl('/api/v1/you-said-we-did', { cache: 'no-store', credentials: 'omit' });
    const body: unknown = await response.json();
    if (!response.ok || !isResponseList(body)) throw new Error(`status ${response.status}`);
    try {
      localStorage.setItem(CACHE_KEY, JSON.stringify(body.responses));
    } catch {
      // The list still shows now; it just will not be there offline.
    }
    return { responses: body.responses, fromPhone: false };
  } catch (error) {
    const cached = readCache();
    if (cached) return { responses: cached, fromPhone: true };
    throw error;
  }
}
