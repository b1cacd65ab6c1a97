"""Media intake: type detection, inspection and sanitizing, one sanitizer per format."""
