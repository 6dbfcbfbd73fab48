/** One published "You said, we did" response, as the young person's app shows it. */
export interface YouSaidWeDid {
  id: string;
  title: string;
  body: string;
  /** 'YYYY-MM' */
  month: string;
}

/** What the public GET /api/v1/you-said-we-did answers: published responses, newest first. */
export interface YouSaidWeDidResponse {
  responses: YouSaidWeDid[];
}
