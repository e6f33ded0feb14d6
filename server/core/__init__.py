"""Shared building blocks: errors, money, time, phones, ID documents, pinyin, crypto."""
