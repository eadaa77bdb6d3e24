"""Official documents of the correction workflow: letters (công văn), the correction request to an
outlet, the draft reply article, the tracking sheet (biểu theo dõi) and the periodic report.

Pure rendering over the plain dataclasses of :mod:`documents.inputs`; nothing here reads the
database. Layout follows Nghị định 30/2020/NĐ-CP, Phụ lục I.
"""
