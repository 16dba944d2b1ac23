"""Static files for tests: hashed and compressed like production, but gzip only (brotli at its
highest quality takes most of a minute; the page budget measured with gzip is the stricter one)."""

from whitenoise.storage import CompressedManifestStaticFilesStorage


class GzipManifestStorage(CompressedManifestStaticFilesStorage):
    def create_compressor(self, **kwargs):
        return super().create_compressor(use_brotli=False, **kwargs)
