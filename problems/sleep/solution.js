function sleep(ms) {
  // setTimeout calls resolve (passed, not called) after ms; it treats ms <= 0 as 0.
  return new Promise((resolve) => setTimeout(resolve, ms));
}
