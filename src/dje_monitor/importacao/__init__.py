"""Spreadsheet import (.xlsx) of monitored parties: POST /api/v1/importar-planilha, `dje-monitor importar`."""
