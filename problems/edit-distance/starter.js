/**
 * @param {string} source
 * @param {string} target
 * @return {number} the fewest single-character inserts, deletes and replaces turning source into target
 */
function minEdits(source, target) {
  // your code here
  return 0;
}
