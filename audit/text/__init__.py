"""Text handling: reading, decoding, normalising, tokens, sentences and positions."""
