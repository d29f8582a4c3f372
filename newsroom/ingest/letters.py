"""The letters a capital and a small letter are, in every pattern of ingest: those of the Latin alphabets the
region's names are printed in (“Özbilgin”, “Şahin”, “İlham”, “Əliyev”, “Türkiye”, “Žilina”), not ASCII's alone.
A pattern writes [{UPPER}] for a capital and [{LOWER}] for a small letter; [A-Z] would leave “Kerem Özbilgin”
no name and “Türkiye” no country."""


def _letters(first, last, test):
    return "".join(ch for ch in map(chr, range(first, last + 1)) if test(ch))


# Latin-1's and Latin Extended-A's letters, and Azerbaijani's schwa, as the inside of a character class.
UPPER = "A-ZÀ-ÖØ-Þ" + _letters(0x100, 0x17F, str.isupper) + "Ə"
LOWER = "a-zß-öø-ÿ" + _letters(0x100, 0x17F, str.islower) + "ə"
