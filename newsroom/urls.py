from django.urls import path

app_name = "newsroom"

urlpatterns = []
