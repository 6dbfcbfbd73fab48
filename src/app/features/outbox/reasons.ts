/** Reasons the device itself gives for not sending an item (the server's are for staff). */
export const TOO_BIG_REASON = 'too-big';
