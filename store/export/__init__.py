"""store/export"""
