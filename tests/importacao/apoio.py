"""Spreadsheets for the import tests, built in memory: openpyxl for ordinary ones, raw XML where openpyxl
cannot write what a real Excel file holds (a formula with its cached value)."""

# ruff: noqa: E501  (the OOXML parts below are long URIs that read best unbroken)

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from io import BytesIO
from typing import Any

import openpyxl

CABECALHO = ["Parte Adversa", "CPF/CNPJ", "Nº do Processo", "Prazo", "Comarca", "UF", "Tribunal"]


def _dv(base: str) -> str:
    resto = sum(int(c) * p for c, p in zip(base, range(len(base) + 1, 1, -1), strict=True)) % 11
    return "0" if resto < 2 else str(11 - resto)


def cpf(semente: int) -> str:
    """A valid CPF (11 digits) for any seed."""
    base = f"{semente % 10**9:09d}"
    if len(set(base)) == 1:
        base = "12345678" + base[-1]
    base += _dv(base)
    return base + _dv(base)


def xlsx(
    linhas: Sequence[Sequence[Any]], cabecalho: Sequence[Any] | None = CABECALHO, aba: str = "Pessoas"
) -> bytes:
    livro = openpyxl.Workbook(write_only=True)
    folha = livro.create_sheet(aba)
    if cabecalho is not None:
        folha.append(list(cabecalho))
    for linha in linhas:
        folha.append(list(linha))
    saida = BytesIO()
    livro.save(saida)
    return saida.getvalue()


_TIPOS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
</Types>"""
_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
_LIVRO = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Plan1" sheetId="1" r:id="rId1"/></sheets></workbook>"""
_LIVRO_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
</Relationships>"""


def xlsx_bruto(linhas_xml: str) -> bytes:
    """A minimal workbook whose only sheet has the given <row> elements, as Excel itself would save them."""
    folha = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<sheetData>{linhas_xml}</sheetData></worksheet>"
    )
    saida = BytesIO()
    with zipfile.ZipFile(saida, "w", zipfile.ZIP_DEFLATED) as pacote:
        pacote.writestr("[Content_Types].xml", _TIPOS)
        pacote.writestr("_rels/.rels", _RELS)
        pacote.writestr("xl/workbook.xml", _LIVRO)
        pacote.writestr("xl/_rels/workbook.xml.rels", _LIVRO_RELS)
        pacote.writestr("xl/worksheets/sheet1.xml", folha)
    return saida.getvalue()


def ole_criptografado() -> bytes:
    """What Excel writes for a password-protected workbook: an OLE compound file (signature D0 CF 11 E0)
    whose directory holds the EncryptionInfo and EncryptedPackage streams (MS-OFFCRYPTO). Only the
    parts the import looks at are real; the rest is filler."""
    cabecalho = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(16) + b"\x3e\x00\x03\x00\xfe\xff\x09\x00"
    cabecalho = cabecalho.ljust(512, b"\x00")

    def entrada(nome: str) -> bytes:
        codificado = (nome + "\x00").encode("utf-16-le")
        return (
            codificado.ljust(64, b"\x00")
            + len(codificado).to_bytes(2, "little")
            + b"\x02\x01".ljust(62, b"\x00")
        )

    diretorio = entrada("Root Entry") + entrada("EncryptionInfo") + entrada("EncryptedPackage")
    return cabecalho + diretorio.ljust(512, b"\x00") + bytes(1024)
