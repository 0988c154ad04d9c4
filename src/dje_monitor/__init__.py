"""DJe Monitor: monitor do Diário de Justiça Eletrônico Nacional."""
