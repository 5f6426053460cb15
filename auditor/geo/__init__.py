"""Offline place names for positions in Japan (EXIF GPS, geotags).

``reverse(lat, lon)`` → ``Place`` (都道府県・市区町村・町丁目) from a table shipped in the
package; see ``ATTRIBUTION.md`` for its source and licence.
"""

from auditor.geo.reverse import Place, place_name, reverse

__all__ = ["Place", "place_name", "reverse"]
