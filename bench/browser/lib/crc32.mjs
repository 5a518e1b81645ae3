// CRC-32 (IEEE, as zlib and the crc32fast crate compute it): the app stores it beside
// each chunk (src/store/doc_store.rs), so the benchmark's seed does too. Written here
// because Node 20 has no zlib.crc32 (it came in Node 22.2).
const TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** The CRC-32 of `bytes` (a Uint8Array or Buffer), as an unsigned number. */
export function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
