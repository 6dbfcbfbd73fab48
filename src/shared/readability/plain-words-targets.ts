/** PRODUCT.md "Plain words": what children can read (reading age 9). */
export const TARGET_GRADE = 4;
export const TARGET_SENTENCE_WORDS = 15;
