"""Pictures: EXIF (GPS, time, device), text inside images (OCR), faces, and stripping.

- ``load``: read bytes (file or zip member) and decode with Pillow's bomb guard on.
- ``exif``: GPS → decimal degrees, capture time (aware), device.
- ``ocr``: RapidOCR, loaded lazily; its text goes through ``auditor.cues``.
- ``faces``: OpenCV Haar cascade face count, loaded lazily.
- ``strip``: a copy without location and identifying metadata, pixels untouched
  (HEIC: re-encoded at high quality, since its metadata cannot be rewritten alone).
- ``analyse``: facts and findings for a scan's posts or for one photo (check-photo).

OCR, faces and HEIC/HEIF decoding (pillow-heif) are optional (the ``photos`` extra);
without them EXIF of the other formats still works.
"""
