app_name = "reflectie"
urlpatterns: list = []
