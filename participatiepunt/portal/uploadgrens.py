"""Request bodies are bounded before they reach memory or disk. First in FILE_UPLOAD_HANDLERS:
a file of more than UPLOAD_MAX_BYTES is not passed on to Django's memory and disk handlers
beyond that limit, and not at all when the request already says it is too large
(Content-Length). The form then gets a placeholder with the real size, so the field says in
Dutch how large the file was, and whatever else was typed stays. Bodies without files are
bounded by DATA_UPLOAD_MAX_MEMORY_SIZE; the proxy in front bounds the rest (README)."""

import io

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.core.files.uploadhandler import FileUploadHandler


class TeGrootBestand(UploadedFile):
    """What the form receives instead of a file over the limit: its name and size, no data."""

    te_groot = True

    def __init__(self, name, content_type, size):
        super().__init__(io.BytesIO(), name, content_type, size)


def body_grens() -> int:
    return settings.UPLOAD_MAX_BYTES + settings.DATA_UPLOAD_MAX_MEMORY_SIZE


class BegrensdeUpload(FileUploadHandler):
    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        self.body_te_groot = content_length > body_grens()

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        self.te_groot = getattr(self, "body_te_groot", False)
        self.ontvangen = 0

    def receive_data_chunk(self, raw_data, start):
        self.ontvangen += len(raw_data)
        if self.ontvangen > settings.UPLOAD_MAX_BYTES:
            self.te_groot = True
        return None if self.te_groot else raw_data  # None: the next handlers get nothing

    def file_complete(self, file_size):
        if not self.te_groot:
            return None  # the next handler (memory or disk) holds the file
        return TeGrootBestand(self.file_name, self.content_type, file_size)
