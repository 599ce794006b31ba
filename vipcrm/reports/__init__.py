"""Printed documents (ReportLab): plans, the work-log review, the gift ledger.

Reports render plain values gathered by services; they never query the database and never
import Qt. Chinese is set in the embedded WenQuanYi Micro Hei (resources/fonts).
"""
