"""Vietnamese for what Click itself prints: usage errors, help headings, prompts.

Click builds these messages with ``gettext.gettext`` / ``gettext.ngettext``, imported into each
of its modules as ``_`` and ``ngettext``. :func:`install` points those names at :data:`VI`, so an
operator who mistypes an option reads "Lỗi: Không có tùy chọn: --outlet" like every other
message of the command line, whatever the machine's locale. ``tests/test_cli_text.py`` checks
that every message of the installed Click has an entry here (a Click upgrade that adds one
fails that test) and that each translation keeps the message's placeholders.
"""

from __future__ import annotations

import importlib

import click

__all__ = ["CLICK_MODULES", "VI", "install", "localize_usage"]

# The modules of Click that translate messages (each has its own ``_`` / ``ngettext``).
CLICK_MODULES = (
    "click._termui_impl",
    "click.core",
    "click.decorators",
    "click.exceptions",
    "click.formatting",
    "click.parser",
    "click.shell_completion",
    "click.termui",
    "click.types",
)

VI: dict[str, str] = {
    "{editor}: Editing failed": "{editor}: sửa không thành công",
    "{editor}: Editing failed: {e}": "{editor}: sửa không thành công: {e}",
    "Missing command.": "Thiếu lệnh.",
    "{text} {deprecated_message}": "{text} {deprecated_message}",
    "Options": "Tùy chọn",
    "DeprecationWarning: The command {name!r} is deprecated.{extra_message}": (
        "Cảnh báo: lệnh {name!r} không còn nên dùng.{extra_message}"
    ),
    "Aborted!": "Đã hủy.",
    "Got unexpected extra argument ({args})": "Thừa đối số ({args})",
    "Got unexpected extra arguments ({args})": "Thừa các đối số ({args})",
    "Commands": "Lệnh",
    "No such command {name!r}.": "Không có lệnh {name!r}.",
    "Value must be an iterable.": "Giá trị phải là một danh sách.",
    "DeprecationWarning: The {param_type} {name!r} is deprecated.{extra_message}": (
        "Cảnh báo: {param_type} {name!r} không còn nên dùng.{extra_message}"
    ),
    "env var: {var}": "biến môi trường: {var}",
    "default: {default}": "mặc định: {default}",
    "required": "bắt buộc",  # passed to gettext as a variable: click.core.Option.get_help_extra
    "(dynamic)": "(tùy lúc chạy)",
    "Takes {nargs} values but 1 was given.": "Cần {nargs} giá trị nhưng chỉ có 1.",
    "Takes {nargs} values but {len} were given.": "Cần {nargs} giá trị nhưng có {len}.",
    "%(prog)s, version %(version)s": "%(prog)s, phiên bản %(version)s",
    "Show the version and exit.": "Hiện phiên bản rồi thoát.",
    "Show this message and exit.": "Hiện trợ giúp này rồi thoát.",
    "Missing argument": "Thiếu đối số",
    "unknown error": "lỗi không xác định",
    "Invalid value for {param_hint}: {message}": "Giá trị không hợp lệ cho {param_hint}: {message}",
    "Missing option": "Thiếu tùy chọn",
    "Did you mean {possibility}?": "Có phải ý bạn là {possibility}?",
    "(Possible options: {possibilities})": "(Các tùy chọn gần giống: {possibilities})",
    "Could not open file {filename!r}: {message}": "Không mở được tệp {filename!r}: {message}",
    "Error: {message}": "Lỗi: {message}",
    "Try '{command} {option}' for help.": "Xem '{command} {option}' để được hướng dẫn.",
    "Missing parameter": "Thiếu tham số",
    "Missing parameter: {param_name}": "Thiếu tham số: {param_name}",
    "No such option: {name}": "Không có tùy chọn: {name}",
    "Invalid value: {message}": "Giá trị không hợp lệ: {message}",
    "Missing {param_type}": "Thiếu {param_type}",
    "Usage:": "Cách dùng:",
    "Option {name!r} does not take a value.": "Tùy chọn {name!r} không nhận giá trị.",
    "Option {name!r} requires an argument.": "Tùy chọn {name!r} cần một giá trị.",
    "Option {name!r} requires {nargs} arguments.": "Tùy chọn {name!r} cần {nargs} giá trị.",
    "Argument {name!r} takes {nargs} values.": "Đối số {name!r} nhận {nargs} giá trị.",
    "Couldn't detect Bash version, shell completion is not supported.": (
        "Không xác định được phiên bản Bash: không hỗ trợ tự hoàn thành lệnh."
    ),
    "Shell completion is not supported for Bash versions older than 4.4.": (
        "Không hỗ trợ tự hoàn thành lệnh với Bash cũ hơn 4.4."
    ),
    "Press any key to continue...": "Nhấn phím bất kỳ để tiếp tục...",
    "Repeat for confirmation": "Nhập lại để xác nhận",
    "Error: The two entered values do not match.": "Lỗi: hai giá trị đã nhập không khớp nhau.",
    "Error: The value you entered was invalid.": "Lỗi: giá trị đã nhập không hợp lệ.",
    "Error: invalid input": "Lỗi: dữ liệu nhập không hợp lệ",
    "Error: {e.message}": "Lỗi: {e.message}",
    # Click title-cases the kind of path it names ("Thư Mục"): the sentences below leave it out.
    "file": "tệp",
    "directory": "thư mục",
    "path": "đường dẫn",
    "{name} {filename!r} does not exist.": "Không tìm thấy {filename!r}.",
    "{name} {filename!r} is a file.": "{filename!r} là một tệp, không phải thư mục.",
    "{name} {filename!r} is a directory.": "{filename!r} là một thư mục, không phải tệp.",
    "{name} {filename!r} is not readable.": "Không đọc được {filename!r}.",
    "{name} {filename!r} is not writable.": "Không ghi được vào {filename!r}.",
    "{name} {filename!r} is not executable.": "Không chạy được {filename!r}.",
    "Choose from:\n\t{choices}": "Chọn một trong:\n\t{choices}",
    "{value!r} is not {choice}.": "{value!r} không phải là {choice}.",
    "{value!r} is not one of {choices}.": "{value!r} không thuộc các giá trị {choices}.",
    "{value!r} does not match the format {format}.": "{value!r} không đúng định dạng {format}.",
    "{value!r} does not match the formats {formats}.": (
        "{value!r} không đúng định dạng nào trong {formats}."
    ),
    "{value} is not in the range {range}.": "{value} nằm ngoài khoảng {range}.",
    "{value!r} is not a valid boolean. Recognized values: {states}": (
        "{value!r} không phải giá trị có/không hợp lệ. Các giá trị được nhận: {states}"
    ),
    "{len_type} values are required, but {len_value} was given.": (
        "Cần {len_type} giá trị nhưng có {len_value}."
    ),
    "{len_type} values are required, but {len_value} were given.": (
        "Cần {len_type} giá trị nhưng có {len_value}."
    ),
    "{value!r} is not a valid {number_type}.": "{value!r} không phải là số hợp lệ.",
    "{value!r} is not a valid UUID.": "{value!r} không phải là UUID hợp lệ.",
}


def gettext(message: str) -> str:
    """The Vietnamese of a Click message (the message itself when it has none)."""
    return VI.get(message, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return gettext(singular if n == 1 else plural)


def install() -> None:
    """Make Click print :data:`VI`; idempotent."""
    for name in CLICK_MODULES:
        module = importlib.import_module(name)
        if hasattr(module, "_"):
            module._ = gettext  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext  # type: ignore[attr-defined]


OPTIONS_METAVAR = "[TÙY CHỌN]"
SUBCOMMAND_METAVAR = "LỆNH [ĐỐI SỐ]..."


# Placeholders of option values whose command gives none, by Click type name ("--port SỐ").
TYPE_METAVARS = {
    "text": "CHUỖI",
    "integer": "SỐ",
    "float": "SỐ",
    "integer range": "SỐ",
    "float range": "SỐ",
    "filename": "TỆP",
    "file": "TỆP",
    "path": "ĐƯỜNG_DẪN",
    "directory": "THƯ_MỤC",
    "datetime": "NGÀY_GIỜ",
    "boolean": "CÓ/KHÔNG",
    "uuid": "UUID",
}


def localize_usage(command: click.Command) -> None:
    """Vietnamese placeholders in the usage line and the option list of ``command`` and of
    every command below it ("Cách dùng: diemtin case open [TÙY CHỌN]", "--port SỐ")."""
    command.options_metavar = OPTIONS_METAVAR
    for param in command.params:
        if isinstance(param, click.Option) and param.metavar is None and not param.is_flag:
            vi = TYPE_METAVARS.get(param.type.name)
            if vi is not None:
                param.metavar = vi
    if isinstance(command, click.Group):
        if not command.chain:
            command.subcommand_metavar = SUBCOMMAND_METAVAR
        for sub in command.commands.values():
            localize_usage(sub)
